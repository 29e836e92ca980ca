package se.battrebemotande.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table's rows, a page at a time from a service: PrimeFaces asks for the count and one page
 * (with the column it sorts by), never for all rows.
 */
public class Paged<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** How many rows there are. */
    public interface Counter extends Serializable {
        long count();
    }

    /** One page of rows, sorted by a column's field (null: the default order). */
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int size, String sortField, boolean ascending);
    }

    /** A row's key, for PrimeFaces' row bookkeeping. */
    public interface Keys<T> extends Serializable {
        Object of(T row);
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Keys<T> keys;

    public Paged(Counter counter, Loader<T> loader, Keys<T> keys) {
        this.counter = counter;
        this.loader = loader;
        this.keys = keys;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty()
                ? null
                : sortBy.values().iterator().next();
        return loader.load(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keys.of(row));
    }
}
