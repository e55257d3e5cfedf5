package io.robotconnect.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets generated on first start and kept in the data directory (owner-only file permissions), so
 * that a bare {@code java -jar} has a stable service key and OAuth client across restarts.
 */
public final class SecretStore {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Path directory;
  private final Set<String> handedOut = ConcurrentHashMap.newKeySet();

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
    Generated secret = loadOrCreate(name);
    handedOut.add(secret.value());
    return secret;
  }

  /** {@code text} with every secret this store handed out replaced by a placeholder. */
  public String withoutSecrets(String text) {
    String out = text;
    for (String secret : handedOut) {
      if (!secret.isEmpty()) {
        out = out.replace(secret, "[not logged, see the data directory]");
      }
    }
    return out;
  }

  private Generated loadOrCreate(String name) {
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
        return loadOrCreate(name);
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
