package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.organisation.enrolment.EnrolmentFile;
import se.battrebemotande.organisation.enrolment.EnrolmentList;
import se.battrebemotande.organisation.enrolment.FileProblem;
import se.battrebemotande.organisation.enrolment.PastedAddresses;
import se.battrebemotande.web.Texts;

/**
 * {@code /org/{id}/enrol}: pasted addresses, read into a draft and shown in its preview. A file goes
 * to the upload address instead ({@link OrganisationFilesServlet}); when it cannot be read, its
 * problem comes back here in the address ({@code ?error=TOO_LARGE}).
 */
@Named
@RequestScoped
public class EnrolBacking {
    @Inject
    Enrolments enrolments;

    @Inject
    OrganisationAddress address;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @NotBlank(message = "{enrol.paste.required}")
    private String addresses;

    public void preview() throws IOException {
        EnrolmentList list = PastedAddresses.read(addresses);
        if (!list.isReadable()) {
            Messages.addError(
                    "paste:addresses",
                    texts.get("enrol.pasteProblem." + list.problem().name()));
            Faces.validationFailed();
            return;
        }
        EnrolmentDraft draft = enrolments.draft(user.id(), address.id(), list, "");
        Faces.redirect("org/%s/enrol/%s", address.id(), draft.getId());
    }

    /** The problem of the file last uploaded, from the address; null when there is none. */
    public String getFileProblem() {
        String error = Faces.getRequestParameter("error");
        if (error == null) {
            return null;
        }
        try {
            return texts.get("enrol.problem." + FileProblem.valueOf(error).name());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public int getMaxMegabytes() {
        return EnrolmentFile.MAX_BYTES / (1024 * 1024);
    }

    public int getMaxRows() {
        return EnrolmentList.MAX_ROWS;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }
}
