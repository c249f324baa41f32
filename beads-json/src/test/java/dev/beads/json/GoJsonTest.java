package dev.beads.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoJsonTest {

    @Test
    void indentsLikeGoMarshalIndent() {
        String json = GoJson.toString(g -> {
            g.writeStartObject();
            g.writeStringField("id", "bd-1");
            g.writeArrayFieldStart("labels");
            g.writeString("a");
            g.writeEndArray();
            g.writeArrayFieldStart("empty");
            g.writeEndArray();
            g.writeObjectFieldStart("none");
            g.writeEndObject();
            g.writeEndObject();
        });
        assertThat(json)
                .isEqualTo("{\n  \"id\": \"bd-1\",\n  \"labels\": [\n    \"a\"\n  ],\n  \"empty\": [],\n"
                        + "  \"none\": {}\n}\n");
    }

    @Test
    void escapesHtmlCharactersInLowerCaseHex_andKeepsOtherTextUtf8() {
        String json = GoJson.toString(g -> g.writeString("<a> & ✓ é \u2028"));
        assertThat(json).isEqualTo("\"\\u003ca\\u003e \\u0026 ✓ é \\u2028\"\n");
    }

    @Test
    void emptyTopLevelArray_isTwoBrackets() {
        assertThat(GoJson.toString(g -> {
                    g.writeStartArray();
                    g.writeEndArray();
                }))
                .isEqualTo("[]\n");
    }
}
