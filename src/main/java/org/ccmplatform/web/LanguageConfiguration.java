package org.ccmplatform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.ccmplatform.shared.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English, French and Spanish: chosen with ?lang=, remembered in a cookie, else taken from the browser; and the
 * layout's view of each request (section, links to the page in each language).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "ccm-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            protected Locale parseLocaleValue(String value) {
                return Language.ofTag(value).locale();
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(request -> Language.of(request.getLocale()).locale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return Language.ofTag(value).locale();
            }
        };
        interceptor.setParamName("lang");
        interceptor.setHttpMethods("GET", "POST");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.setAttribute(Layout.ATTRIBUTE, Layout.of(request));
                return true;
            }
        });
    }
}
