package org.ccmplatform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs, with the two ways a script signs in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ccmOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CCM Implementation Platform API")
                        .version("v1")
                        .description("States, treaties and participation (public); more as the platform grows. "
                                + "Errors are RFC 9457 problem responses. Sign in with HTTP Basic or a personal "
                                + "access token created on your profile page (Authorization: Bearer ccm_...).")
                        .license(new License().name("Reference data: UN Treaty Collection")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A personal access token")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
