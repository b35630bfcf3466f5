package dev.neurite.settings;

import dev.neurite.NeuriteException;

/** A compile or fit setting outside what is allowed; the message names the setting, the rule and the value. */
public final class SettingsException extends NeuriteException {

    private final String setting;
    private final String requirement;
    private final String given;

    public SettingsException(String setting, String requirement, Object given) {
        super(setting + " " + requirement + "; got " + given);
        this.setting = setting;
        this.requirement = requirement;
        this.given = String.valueOf(given);
    }

    /** The setting's Keras name, e.g. {@code rotation_range}. */
    public String setting() {
        return setting;
    }

    /** The same problem told under another name, e.g. the command-line option {@code --rotation-range}. */
    public SettingsException renamed(String name) {
        return new SettingsException(name, requirement, given);
    }

    static double requirePositive(String setting, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new SettingsException(setting, "must be a positive number", value);
        }
        return value;
    }

    static double requireFraction(String setting, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new SettingsException(setting, "must be in [0, 1)", value);
        }
        return value;
    }
}
