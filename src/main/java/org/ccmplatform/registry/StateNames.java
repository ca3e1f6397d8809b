package org.ccmplatform.registry;

import org.ccmplatform.shared.Language;

/** A State's short name in each language of the platform. */
public record StateNames(String en, String fr, String es) {

    public String in(Language language) {
        return switch (language) {
            case FR -> fr;
            case ES -> es;
            case EN -> en;
        };
    }
}
