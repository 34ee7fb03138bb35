package org.leadbureau.portal.platform.search;

import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.leadbureau.portal.platform.config.PortalConfig;

/** How a full reindexing empties the indexes it fills, for the start-up check and the administrator's rebuild. */
final class Reindexing {

    private Reindexing() {
    }

    /**
     * On OpenSearch, by dropping the indexes and creating them again (with the current analysis), which needs no
     * delete-by-query: that is OpenSearch's reindex module, which minimal distributions lack. The embedded index is
     * purged, as always.
     */
    static MassIndexer emptyingFirst(MassIndexer indexer) {
        if (PortalConfig.openSearch()) {
            indexer.purgeAllOnStart(false).dropAndCreateSchemaOnStart(true);
        }
        return indexer;
    }
}
