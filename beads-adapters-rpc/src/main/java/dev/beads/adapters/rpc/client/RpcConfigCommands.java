package dev.beads.adapters.rpc.client;

import dev.beads.adapters.rpc.json.JsonObjectBuilder;
import dev.beads.adapters.rpc.json.JsonValue;
import dev.beads.core.api.ConfigCommands;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link ConfigCommands} through the daemon. Thread-safe. */
final class RpcConfigCommands implements ConfigCommands {
    private final RpcConnection rpc;

    RpcConfigCommands(RpcConnection rpc) {
        this.rpc = rpc;
    }

    @Override
    public Optional<String> get(String key) {
        return rpc.call(
                "config_get",
                keyParams(key).build(),
                v -> v instanceof JsonValue.JString s ? Optional.of(s.value()) : Optional.<String>empty());
    }

    @Override
    public void set(String key, String value) {
        rpc.call("config_set", keyParams(key).put("value", value).build());
    }

    @Override
    public Map<String, String> list() {
        return rpc.call("config_list", new JsonObjectBuilder().build(), v -> {
            Map<String, String> out = new TreeMap<>();
            for (Map.Entry<String, JsonValue> e :
                    ((JsonValue.JObject) v).fields().entrySet()) {
                out.put(e.getKey(), ((JsonValue.JString) e.getValue()).value());
            }
            return out;
        });
    }

    @Override
    public boolean unset(String key) {
        return rpc.call("config_unset", keyParams(key).build(), RpcIssueCommands::bool);
    }

    private static JsonObjectBuilder keyParams(String key) {
        return new JsonObjectBuilder().put("key", key);
    }
}
