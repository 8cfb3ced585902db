package dk.handleplan.app.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Sends an {@link HtmlPage} as it is (UTF-8, as the pages declare), with its Content-Length. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlPageWriter implements MessageBodyWriter<HtmlPage> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == HtmlPage.class && MediaType.TEXT_HTML_TYPE.isCompatible(mediaType);
    }

    @Override
    public void writeTo(HtmlPage page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        Charset charset = HtmlWriter.charsetOf(mediaType);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            // Every page declares UTF-8; should one declare another charset, it gets what it declares.
            byte[] bytes = page.toString().getBytes(charset);
            httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, bytes.length);
            out.write(bytes);
            return;
        }
        httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, page.length());
        page.writeTo(out);
    }
}
