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

/** Sends an {@link HtmlPage} as it is (UTF-8, as the pages declare), with its Content-Length. */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlPageWriter implements MessageBodyWriter<HtmlPage> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == HtmlPage.class;
    }

    @Override
    public void writeTo(HtmlPage page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, page.length());
        page.writeTo(out);
    }
}
