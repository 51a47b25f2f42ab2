package com.spakiosk.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The menu document as JSON text. The mapper is our own, not the application's, so that the file
 * format does not follow a setting made for something else. A field the format does not know is
 * refused rather than dropped: a typo must not quietly lose a manager's words.
 */
final class MenuDocumentJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private MenuDocumentJson() {
    }

    static byte[] write(MenuDocument document) {
        return MAPPER.writeValueAsBytes(document);
    }

    /** The document in the bytes, or the reason it cannot be read (with where in the file). */
    static MenuDocument read(byte[] json) {
        try {
            MenuDocument document = MAPPER.readValue(json, MenuDocument.class);
            if (document == null) {
                throw new ImportRefusedException(List.of(ImportProblem.ofDocument("", "transfer.problem.empty")));
            }
            return document;
        } catch (InvalidFormatException e) {
            throw refused(path(e), "transfer.problem.value", String.valueOf(e.getValue()));
        } catch (UnrecognizedPropertyException e) {
            throw refused(path(e), "transfer.problem.unknownField", e.getPropertyName());
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw refused(path(e), "transfer.problem.unreadable", where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr());
        }
    }

    private static ImportRefusedException refused(String path, String key, Object... args) {
        return new ImportRefusedException(List.of(ImportProblem.ofDocument(path, key, args)));
    }

    /** Where in the document, as "treatments[2].category". */
    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
