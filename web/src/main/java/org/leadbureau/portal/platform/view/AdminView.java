package org.leadbureau.portal.platform.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadbureau.portal.platform.search.IndexRebuild;

/** {@code /staff/admin}: ADMIN starts a rebuild of the search index and watches its progress. */
@Named
@ViewScoped
public class AdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndexRebuild indexRebuild;

    public void rebuild() {
        indexRebuild.start();
    }

    public IndexRebuild.Progress getProgress() {
        return indexRebuild.progress();
    }
}
