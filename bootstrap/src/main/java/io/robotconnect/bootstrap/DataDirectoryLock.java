package io.robotconnect.bootstrap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock on {@code {data dir}/.lock}, held while the instance runs, so that two instances never
 * share one data directory (its H2 database, broker state and generated secrets). The operating
 * system releases it when the process ends, however it ends.
 */
final class DataDirectoryLock implements AutoCloseable {
  static final String FILE = ".lock";
  private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLock.class);

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the directory, creating it when missing. A directory that cannot be written is not locked
   * (whatever needs to write there says so itself).
   *
   * @throws ConfigurationException when another running instance holds the directory
   */
  static AutoCloseable acquire(Path directory) {
    Path file = directory.resolve(FILE);
    FileChannel channel;
    try {
      Files.createDirectories(directory);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.info(
          "data directory {} is not locked: cannot write {}: {}", directory, file, e.toString());
      return () -> {};
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      LOG.info("data directory {} is not locked: {}", directory, e.toString());
      return () -> {};
    }
    if (lock == null) {
      String holder = holder(channel);
      closeQuietly(channel);
      throw new ConfigurationException(
          "ROBOTCONNECT_DATA_DIR",
          directory
              + " is in use by another running instance of Robot Connect"
              + holder
              + "; stop it, or give this one a ROBOTCONNECT_DATA_DIR of its own");
    }
    writePid(channel);
    return new DataDirectoryLock(channel, lock);
  }

  /** The other instance's process id as it wrote it, for the operator. */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
      return pid.strip().matches("\\d{1,19}") ? " (process " + pid.strip() + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void writePid(FileChannel channel) {
    try {
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
    } catch (IOException e) {
      LOG.debug("could not write the process id into the lock file: {}", e.toString());
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing the lock file failed: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
