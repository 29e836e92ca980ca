package se.battrebemotande.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import se.battrebemotande.platform.NotFoundException;

/**
 * A page or action that names something the visitor may not see (another organisation's id, an
 * unknown member) answers 404, whether the service said so while the page was built, during an
 * action or during an ajax request; never a 500 with a stack trace. A form whose view state cannot be
 * restored answers 400 with the "expired" page, and nothing is logged.
 */
public class NotFoundExceptionHandler extends ExceptionHandlerWrapper {
    /** Request attribute that makes the 400 page say the form had expired (WEB-INF/errors/400.xhtml). */
    public static final String EXPIRED = "se.battrebemotande.expiredForm";

    public NotFoundExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            boolean expired = expired(thrown);
            if ((expired || notFound(thrown)) && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                try {
                    context.getExternalContext().responseReset();
                    if (expired) {
                        // A form whose view state is gone or was altered: the "expired" page with a
                        // 400 (the client's request cannot be used), not a 500 with a logged stack trace.
                        context.getExternalContext().getRequestMap().put(EXPIRED, Boolean.TRUE);
                        context.getExternalContext().responseSendError(400, "Expired form");
                    } else {
                        context.getExternalContext().responseSendError(404, "Not found");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    static boolean expired(Throwable thrown) {
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static boolean notFound(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Installs the handler (faces-config.xml). */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new NotFoundExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
