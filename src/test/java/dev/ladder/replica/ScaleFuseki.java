package dev.ladder.replica;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A stand-alone Fuseki over a TDB2 folder, for measuring replicas over one store (docs/scaling.md):
 * {@code java -cp … dev.ladder.replica.ScaleFuseki <folder> <port>} serves {@code /ladder} on that port
 * (query, update, Graph Store Protocol) until killed.
 */
public final class ScaleFuseki {

    private ScaleFuseki() {
    }

    public static void main(String[] args) {
        FusekiServer server = FusekiServer.create().port(Integer.parseInt(args[1]))
                .add("/ladder", TDB2Factory.connectDataset(args[0])).build().start();
        System.out.println("Fuseki serving TDB2 " + args[0] + " at http://localhost:" + server.getHttpPort() + "/ladder");
        server.join();
    }
}
