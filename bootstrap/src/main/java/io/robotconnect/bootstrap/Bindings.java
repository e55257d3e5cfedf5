package io.robotconnect.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.hk2.utilities.binding.AbstractBinder;

/**
 * The instances the REST resources are injected with, bound to the ports and use cases they serve.
 */
public final class Bindings {
  private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

  /** Makes {@code instance} what resources get when they ask for {@code type}. */
  public <T> T bind(Class<T> type, T instance) {
    if (byType.putIfAbsent(type, instance) != null) {
      throw new IllegalStateException(type.getName() + " is bound twice");
    }
    return instance;
  }

  /** What an earlier wiring step bound to {@code type}. */
  public <T> T get(Class<T> type) {
    Object instance = byType.get(type);
    if (instance == null) {
      throw new IllegalStateException(type.getName() + " is not bound (wiring order?)");
    }
    return type.cast(instance);
  }

  public boolean has(Class<?> type) {
    return byType.containsKey(type);
  }

  AbstractBinder toBinder() {
    return new AbstractBinder() {
      @Override
      @SuppressWarnings({"unchecked", "rawtypes"})
      protected void configure() {
        byType.forEach((type, instance) -> bind(instance).to((Class) type));
      }
    };
  }
}
