package io.robotconnect.adapter.out.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Reads files of the npm WebJars on the class path, whatever version Maven resolved, and this
 * package's own resources.
 */
final class WebJars {
  private WebJars() {}

  /** The text of {@code path} inside the npm package {@code name}. */
  static String read(String name, String path) {
    String version = version(name);
    return resource("META-INF/resources/webjars/" + name + "/" + version + "/" + path);
  }

  /** A file shipped in this package's resources, as UTF-8 text. */
  static String packaged(String name) {
    return resource(WebJars.class.getPackageName().replace('.', '/') + "/" + name);
  }

  /** A resource of this class path as UTF-8 text. */
  static String resource(String path) {
    try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing on the class path: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static String version(String name) {
    String path = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
    try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the WebJar org.webjars.npm:" + name + " is missing");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
