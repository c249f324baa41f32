package dev.beads.adapters.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.core.model.RawJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectsTest {

    @Test
    void givenValuesOfEveryShape_encodeThenDecode_keepsTextAndKeyOrder() {
        Map<String, RawJson> extra = new LinkedHashMap<>();
        extra.put("zeta", RawJson.of("{\"a\":[1,2,{\"b\":\"},]\"}],\"c\":null}"));
        extra.put("alpha", RawJson.of("\"text with \\\"quotes\\\", commas, } and ]\""));
        extra.put("num", RawJson.of("-12.5e3"));
        extra.put("flag", RawJson.of("true"));
        extra.put("list", RawJson.of("[\"x\",\"y\"]"));
        extra.put("key \"quoted\" \\ \n", RawJson.of("null"));

        Map<String, RawJson> back = JsonObjects.decode(JsonObjects.encode(extra));

        assertThat(back).containsExactlyEntriesOf(extra);
        assertThat(List.copyOf(back.keySet()))
                .containsExactly("zeta", "alpha", "num", "flag", "list", "key \"quoted\" \\ \n");
    }

    @Test
    void emptyMap_isStoredAsNull_andNullReadsAsEmpty() {
        assertThat(JsonObjects.encode(Map.of())).isNull();
        assertThat(JsonObjects.decode(null)).isEmpty();
        assertThat(JsonObjects.decode("{}")).isEmpty();
    }

    @Test
    void encode_writesACompactJsonObject() {
        Map<String, RawJson> extra = new LinkedHashMap<>();
        extra.put("a", RawJson.of("1"));
        extra.put("b", RawJson.of("[true]"));

        assertThat(JsonObjects.encode(extra)).isEqualTo("{\"a\":1,\"b\":[true]}");
    }

    @Test
    void stringArray_escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonObjects.stringArray(List.of("bd-1", "a\"b", "c\\d", "e\u0001")))
                .isEqualTo("[\"bd-1\",\"a\\\"b\",\"c\\\\d\",\"e\\u0001\"]");
        assertThat(JsonObjects.stringArray(List.of())).isEqualTo("[]");
    }

    @Test
    void malformedText_isRejectedWithTheText() {
        assertThatThrownBy(() -> JsonObjects.decode("{\"a\" 1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{\"a\" 1}");
    }
}
