package dk.handleplan.app.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks its driver from the JDBC URL, so one artifact runs on the embedded H2
 * default and on PostgreSQL with nothing but {@code HANDLEPLAN_DB_URL} changed (ADR 0003). The
 * application server's pool creates it and sets url, user and password as bean properties.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    /** The same property under the spelling some pools use. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getURL() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    /** True for a PostgreSQL URL; everything else is taken as H2. */
    public static boolean isPostgreSql(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            if (isPostgreSql(url)) {
                org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
                pg.setURL(url);
                pg.setUser(user);
                pg.setPassword(password);
                current = pg;
            } else {
                org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                h2.setURL(url);
                h2.setUser(user);
                h2.setPassword(password);
                current = h2;
            }
            delegate = current;
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(ConfiguredDataSource.class.getName());
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
