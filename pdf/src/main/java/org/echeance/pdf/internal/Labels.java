package org.echeance.pdf.internal;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.echeance.pdf.Branding;

/** The labels of one language: the branding's own labels first, then the resource bundle, English last. */
final class Labels {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Map<String, String> overrides;

    Labels(Locale locale, Map<String, String> overrides) {
        this.bundle =
                ResourceBundle.getBundle(Branding.LABELS_BUNDLE, locale, Labels.class.getClassLoader(), NO_FALLBACK);
        this.overrides = overrides;
    }

    /** Returns a label; a missing key is a programming error in this module. */
    String get(String key) {
        String own = overrides.get(key);
        if (own != null) {
            return own;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label " + key + " in " + Branding.LABELS_BUNDLE, e);
        }
    }

    /** Returns a label with its {@code {0}}, {@code {1}}… placeholders replaced by the arguments, as given. */
    String format(String key, String... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i]);
        }
        return text;
    }
}
