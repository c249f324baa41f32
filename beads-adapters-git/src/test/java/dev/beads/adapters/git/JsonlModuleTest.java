package dev.beads.adapters.git;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.beads.core.port.JsonlCodec;
import org.junit.jupiter.api.Test;

class JsonlModuleTest {

    @Test
    void givenModule_injector_providesOneJacksonCodec() {
        Injector injector = Guice.createInjector(new JsonlModule());

        JsonlCodec codec = injector.getInstance(JsonlCodec.class);

        assertThat(codec).isInstanceOf(JacksonJsonlCodec.class).isSameAs(injector.getInstance(JsonlCodec.class));
    }
}
