package se.battrebemotande.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** Takes a screenshot of the page a browser test failed on, named after the test. */
public class ScreenshotOnFailure implements TestExecutionExceptionHandler {
    /** Implemented by browser tests to hand over their browser. */
    public interface HasBrowser {
        Browser browser();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        if (context.getRequiredTestInstance() instanceof HasBrowser test && test.browser() != null) {
            try {
                test.browser()
                        .screenshot("FAILED-" + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                throwable.addSuppressed(e);
            }
        }
        throw throwable;
    }
}
