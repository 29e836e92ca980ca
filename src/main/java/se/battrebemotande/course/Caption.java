package se.battrebemotande.course;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A WebVTT caption track of a step's film. */
@Embeddable
public class Caption implements Serializable {
    private static final long serialVersionUID = 1L;

    private String lang;
    private String label;
    private String path;

    protected Caption() {}

    public Caption(String lang, String label, String path) {
        this.lang = lang;
        this.label = label;
        this.path = path;
    }

    public String getLang() {
        return lang;
    }

    public String getLabel() {
        return label;
    }

    public String getPath() {
        return path;
    }
}
