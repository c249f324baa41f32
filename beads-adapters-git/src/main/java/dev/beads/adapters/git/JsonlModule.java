package dev.beads.adapters.git;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import dev.beads.core.port.JsonlCodec;

/** Binds {@link JsonlCodec} to the Jackson codec, as a singleton (it is stateless and thread-safe). */
public final class JsonlModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(JsonlCodec.class).to(JacksonJsonlCodec.class).in(Scopes.SINGLETON);
    }
}
