package dk.flis.driftsstatus.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

/** The open pages, each an event stream (server-sent events); a page that has gone away is dropped on the next send. */
final class EventHub {
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private volatile BiConsumer<String, String> listener;

    /** Hears every event sent (name, data), or none when null: for tests. */
    void listen(BiConsumer<String, String> heard) {
        listener = heard;
    }

    /** Keeps the exchange open and returns once the page or the server has gone away. */
    void attach(HttpExchange exchange, String firstEvent, String firstData) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        client.send(": connected\n\n");
        if (firstEvent != null) {
            client.send(event(firstEvent, firstData));
        }
        client.awaitClosed();
    }

    void broadcast(String name, String data) {
        BiConsumer<String, String> heard = listener;
        if (heard != null) {
            heard.accept(name, data);
        }
        String text = event(name, data);
        clients.forEach(c -> c.send(text));
    }

    /** A comment line: keeps proxies from timing out and finds pages that were closed. */
    void ping() {
        clients.forEach(c -> c.send(": ping\n\n"));
    }

    void closeAll() {
        clients.forEach(Client::close);
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private final class Client {
        private final HttpExchange exchange;
        private final OutputStream out;
        private final CountDownLatch closed = new CountDownLatch(1);

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.out = exchange.getResponseBody();
        }

        synchronized void send(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            clients.remove(this);
            exchange.close();
            closed.countDown();
        }

        void awaitClosed() {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            }
        }
    }
}
