package se.battrebemotande.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes learner-facing views stateless from the moment they are created. Their state lives in the
 * database, so they need no JSF view state, no session for anonymous visitors, and never expire
 * while a learner reads. The page template marks them transient too (which is what restores them on
 * a postback), but that happens when the page is built, too late for PrimeFaces, which asks for the
 * view map before and would otherwise create a session for every visitor.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

    public StatelessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    /**
     * The organisation and administration pages keep view state for their ajax tables, charts and
     * uploads (their users are signed in, so they have a session anyway); every other page is stateless.
     */
    public static boolean isStateless(String viewId) {
        return viewId == null
                || !(viewId.startsWith("/org/")
                        || viewId.startsWith("/WEB-INF/views/org/")
                        || viewId.startsWith("/WEB-INF/views/admin/"));
    }
}
