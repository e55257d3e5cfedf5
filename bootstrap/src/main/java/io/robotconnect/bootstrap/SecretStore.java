package io.robotconnect.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets generated on first start and kept in the data directory (owner-only file permissions), so
 * that a bare {@code java -jar} has a stable service key and OAuth client across restarts.
 */
public final class SecretStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Path directory;

  public SecretStore(Path directory) {
    this.directory = directory;
  }

  /** A new random secret of 32 bytes, base64url without padding. */
  public static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored secret of this name, generating and storing it first if there is none. */
  public Generated loadOrGenerate(String name) {
    Path file = directory.resolve(name);
    try {
      if (Files.exists(file)) {
        return new Generated(Files.readString(file, StandardCharsets.UTF_8).strip(), file, false);
      }
      Files.createDirectories(directory);
      String secret = randomSecret();
      Path temp = Files.createTempFile(directory, name, ".tmp");
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(temp, secret, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file);
      } catch (FileAlreadyExistsException raced) {
        Files.delete(temp);
        return loadOrGenerate(name);
      }
      return new Generated(secret, file, true);
    } catch (IOException | UnsupportedOperationException e) {
      throw new ConfigurationException(
          "ROBOTCONNECT_DATA_DIR",
          "cannot keep secrets in " + directory + ": " + e.getMessage(),
          e);
    }
  }

  /** A secret from the data directory, and whether this start created it. */
  public record Generated(String value, Path file, boolean isNew) {
    @Override
    public String toString() {
      return "Generated[file=" + file + ", isNew=" + isNew + "]";
    }
  }
}
