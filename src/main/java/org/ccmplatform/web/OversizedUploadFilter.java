package org.ccmplatform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Turns away an upload larger than the platform takes before anything reads it (the CSRF check would, and the
 * container would then answer with its own bare page): the person goes back to the page of the form, which says in
 * their language that the file is too large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedUploadFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    OversizedUploadFilter(@Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("multipart/")
                || request.getContentLengthLong() <= maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String back = sameSiteReferer(request);
        FlashMap flash = new FlashMap();
        flash.put("refused", "error.tooLarge");
        flash.put("refusedArguments", new Object[0]);
        flash.setTargetRequestPath(back);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + back);
    }

    /** The page the form was on, when the browser says so and it is one of ours; else the home page. */
    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                boolean ours = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                String path = uri.getRawPath();
                if (ours && path != null && path.startsWith(request.getContextPath() + "/")) {
                    return path.substring(request.getContextPath().length());
                }
            } catch (IllegalArgumentException malformed) {
                return "/";
            }
        }
        return "/";
    }
}
