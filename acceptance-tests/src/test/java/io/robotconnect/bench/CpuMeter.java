package io.robotconnect.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU time spent by this JVM (server and load generator together) and by the PostgreSQL server's
 * processes, read before and after a load run so that a run can be reported as CPU per request.
 * PostgreSQL is only measured when it runs on this machine (the embedded server), since its process
 * ids are read from {@code pg_stat_activity}.
 */
final class CpuMeter {
  private final String databaseUrl;
  private final String user;
  private final String password;
  private final boolean postgresIsLocal;

  /** What was spent up to one moment. */
  record Reading(long jvmNanos, Map<Long, Long> postgresNanosByPid) {
    /** PostgreSQL CPU since {@code earlier}, over the processes alive at both readings. */
    OptionalLong postgresNanosSince(Reading earlier) {
      if (postgresNanosByPid.isEmpty()) {
        return OptionalLong.empty();
      }
      long spent = 0;
      for (Map.Entry<Long, Long> process : postgresNanosByPid.entrySet()) {
        spent += process.getValue() - earlier.postgresNanosByPid.getOrDefault(process.getKey(), 0L);
      }
      return OptionalLong.of(spent);
    }
  }

  CpuMeter(String databaseUrl, String user, String password, boolean postgresIsLocal) {
    this.databaseUrl = databaseUrl;
    this.user = user;
    this.password = password;
    this.postgresIsLocal = postgresIsLocal;
  }

  Reading read() {
    return new Reading(jvmNanos(), postgresIsLocal ? postgresNanos() : Map.of());
  }

  /** CPU time of the calling thread, for the load generator's own share. */
  static long currentThreadNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long jvmNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private Map<Long, Long> postgresNanos() {
    Map<Long, Long> byPid = new HashMap<>();
    try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
        Statement statement = connection.createStatement();
        ResultSet pids = statement.executeQuery("select pid from pg_stat_activity")) {
      while (pids.next()) {
        long pid = pids.getLong(1);
        ProcessHandle.of(pid)
            .flatMap(process -> process.info().totalCpuDuration())
            .map(Duration::toNanos)
            .ifPresent(nanos -> byPid.put(pid, nanos));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the PostgreSQL processes", e);
    }
    return byPid;
  }
}
