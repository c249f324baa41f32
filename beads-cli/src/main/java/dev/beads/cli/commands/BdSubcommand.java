package dev.beads.cli.commands;

import dev.beads.cli.BdCommand;
import dev.beads.cli.CommandModel;
import dev.beads.cli.output.Output;
import dev.beads.cli.session.Ports;
import dev.beads.cli.session.Session;
import dev.beads.core.model.IssueId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The base of every command: access to the global options, the output and the session. A command parses its
 * arguments, calls one driving port and renders the result; nothing here knows about storage.
 */
public abstract class BdSubcommand implements Callable<Integer> {
    /** The command's picocli model: subclasses declare their options on it in field initialisers. */
    protected final CommandModel model;

    protected final CommandSpec spec;

    protected BdSubcommand(String name) {
        model = CommandModel.of(this, name);
        spec = model.spec();
    }

    /** The model {@code Commands} registers. */
    public final CommandModel model() {
        return model;
    }

    protected final BdCommand bd() {
        return (BdCommand) spec.root().userObject();
    }

    protected final Output out() {
        return bd().output();
    }

    protected final boolean json() {
        return bd().output().json();
    }

    protected final Session session() {
        return bd().session();
    }

    /** Ports for reading; in direct mode the database is refreshed from the JSONL first. */
    protected final Ports reading() {
        out().prepare();
        Ports ports = session().forRead();
        bd().storeOpened();
        return ports;
    }

    /** Ports for changing issues; in direct mode the JSONL is written before {@code bd} exits. */
    protected final Ports writing() {
        out().prepare();
        Ports ports = session().forWrite();
        bd().storeOpened();
        return ports;
    }

    protected final String actor() {
        return bd().actor();
    }

    /** Resolves a full or partial id (NotFoundException, AmbiguousIdException). */
    protected static IssueId resolve(Ports ports, String id) {
        return ports.queries().resolve(id.strip());
    }

    /** Resolves every id before anything changes, so one bad id changes nothing. */
    protected static List<IssueId> resolveAll(Ports ports, List<String> ids) {
        List<IssueId> resolved = new ArrayList<>(ids.size());
        for (String id : ids) {
            resolved.add(resolve(ports, id));
        }
        return resolved;
    }

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** Runs the command and returns its exit code (failures are exceptions, mapped by {@code ExitCodes}). */
    protected abstract int execute() throws Exception;
}
