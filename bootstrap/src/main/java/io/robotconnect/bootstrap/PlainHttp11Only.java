package io.robotconnect.bootstrap;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Serves a request that offers a protocol upgrade (e.g. {@code Upgrade: h2c}, which the JDK's
 * HttpClient sends by default) as the plain HTTP/1.1 request it also is. Without this, Grizzly
 * stops decoding the body of such a request and a POST hangs until it times out (Grizzly issue
 * #1972).
 */
final class PlainHttp11Only implements AddOn {

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    builder.add(codec + 1, new DeclineUpgrades());
  }

  private static final class DeclineUpgrades extends BaseFilter {
    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event)
        throws IOException {
      if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
        HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
        header.setIgnoreContentModifiers(false);
        header.setUpgrade(null);
        header.getHeaders().removeHeader("Upgrade");
      }
      return ctx.getInvokeAction();
    }
  }
}
