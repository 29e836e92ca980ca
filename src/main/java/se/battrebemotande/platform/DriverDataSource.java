package se.battrebemotande.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that opens connections through the JDBC driver named in configuration, using
 * the JDBC URL exactly as given. The server pools these connections. It exists because vendor
 * data sources interpret a URL together with host and port defaults of
 * {@code @DataSourceDefinition}, which can silently point PostgreSQL at the wrong server.
 */
public class DriverDataSource implements DataSource {
    private String driverClass;
    private String url;
    private String user;
    private String password;
    private volatile Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setDriverClass(String driverClass) {
        this.driverClass = driverClass;
        this.driver = null;
    }

    public String getDriverClass() {
        return driverClass;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver " + driverClass + " does not accept the URL " + url);
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        Driver current = driver;
        if (current == null) {
            if (driverClass == null || url == null) {
                throw new SQLException("The database is not configured: set db.driver and db.url");
            }
            try {
                current = (Driver) Class.forName(driverClass, true, DriverDataSource.class.getClassLoader())
                        .getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new SQLException("Cannot load the JDBC driver " + driverClass, e);
            }
            driver = current;
        }
        return current;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
