package org.ccmplatform.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form it posts. */
@Controller
class LoginController {

    static final String VIEW = "accounts/login";

    @GetMapping("/login")
    String login() {
        return VIEW;
    }
}
