package dev.beads.core.service;

import dev.beads.core.api.ConfigCommands;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.port.IssueRepository;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code bd config} over the repository's configuration table. Thread-safe when the repository is. */
public final class ConfigService implements ConfigCommands {
    private final IssueRepository repository;

    public ConfigService(IssueRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public Optional<String> get(String key) {
        return repository.config(checkKey(key));
    }

    @Override
    public void set(String key, String value) {
        String checked = checkKey(key);
        if (value == null) {
            throw new InvalidInputException("config " + checked + " needs a value: bd config set " + checked
                    + " <value>, or bd config unset " + checked);
        }
        repository.write(writer -> {
            writer.setConfig(checked, value);
            return null;
        });
    }

    @Override
    public Map<String, String> list() {
        return repository.configs();
    }

    @Override
    public boolean unset(String key) {
        String checked = checkKey(key);
        return repository.write(writer -> writer.unsetConfig(checked));
    }

    private static String checkKey(String key) {
        String stripped = key == null ? "" : key.strip();
        if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(
                    "invalid config key \"" + stripped + "\": keys are non-empty and have no spaces");
        }
        return stripped;
    }
}
