package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.StorageUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Gives repositories the session of the transaction open on the current thread, or runs their work
 * in a transaction of its own when none is open. Repositories never open sessions themselves.
 */
final class SessionContext {
  private final SessionFactory sessionFactory;
  private final DataSource dataSource;
  private final Dialect dialect;
  private final ThreadLocal<Session> current = new ThreadLocal<>();

  SessionContext(SessionFactory sessionFactory, DataSource dataSource, Dialect dialect) {
    this.sessionFactory = sessionFactory;
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** A read in plain JDBC, for the hot read paths where Hibernate's machinery costs too much. */
  @FunctionalInterface
  interface JdbcRead<T> {
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs one read on the connection of the transaction open on this thread, or, when none is open,
   * alone on a pooled connection in auto-commit mode: one statement, one round trip, no session to
   * open and no transaction to commit. {@code read} must not write. Under PostgreSQL's and H2's
   * default isolation (read committed) each statement sees what was committed when it started,
   * inside a transaction or not.
   */
  <T> T read(JdbcRead<T> read) {
    Session session = current.get();
    if (session != null) {
      session.flush(); // what a query would see after the transaction's unflushed changes
      return session.doReturningWork(read::apply);
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return read.apply(connection);
    } catch (SQLException e) {
      RuntimeException failure =
          sessionFactory
              .unwrap(SessionFactoryImplementor.class)
              .getJdbcServices()
              .getSqlExceptionHelper()
              .convert(e, "a read failed");
      if (isOutage(failure)) {
        throw new StorageUnavailableException("the database cannot be reached", failure);
      }
      throw failure;
    }
  }

  /** Runs {@code work} with the current transaction's session, or in a transaction of its own. */
  <T> T call(Function<Session, T> work) {
    Session session = current.get();
    if (session != null) {
      return work.apply(session);
    }
    return inTransaction(() -> work.apply(current.get()));
  }

  /** Like {@link #call} without a result. */
  void run(Consumer<Session> work) {
    call(
        session -> {
          work.accept(session);
          return null;
        });
  }

  /** The SQL dialect of the database, for building a repository on this context in tests. */
  Dialect dialect() {
    return dialect;
  }

  /** Runs {@code work} in a transaction bound to this thread, joining one already open. */
  <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try (Session session = sessionFactory.openSession()) {
      Transaction transaction = session.beginTransaction();
      current.set(session);
      try {
        T result = work.get();
        transaction.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollbackQuietly(transaction, e);
        throw e;
      } finally {
        current.remove();
      }
    } catch (RuntimeException e) {
      if (isOutage(e)) {
        throw new StorageUnavailableException("the database cannot be reached", e);
      }
      throw e;
    }
  }

  /** Lost or refused connections, and a server shutting down (SQLState classes 08 and 57P). */
  static boolean isOutage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof JDBCConnectionException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static void rollbackQuietly(Transaction transaction, Throwable cause) {
    try {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }
}
