package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Attempts made before answers were kept as rows stored the choices offered and ticked as lists
 * of ids ({@code "5,7,6"}); this writes those lists out as {@code attempt_answer} rows, so every
 * attempt, old or new, is read and counted the same way.
 */
public class V5__attempt_answers_from_lists extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet items = select.executeQuery(
                        "SELECT id, choice_order, selected FROM attempt_item WHERE choice_order IS NOT NULL");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO attempt_answer (attempt_item_id, choice_id, position, selected) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            while (items.next()) {
                long item = items.getLong(1);
                String order = items.getString(2);
                Set<String> ticked = new HashSet<>(Arrays.asList(
                        items.getString(3) == null
                                ? new String[0]
                                : items.getString(3).split(",")));
                int position = 0;
                for (String choice : order.split(",")) {
                    if (choice.isBlank()) {
                        continue;
                    }
                    insert.setLong(1, item);
                    insert.setLong(2, Long.parseLong(choice.strip()));
                    insert.setInt(3, ++position);
                    insert.setBoolean(4, ticked.contains(choice.strip()));
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
