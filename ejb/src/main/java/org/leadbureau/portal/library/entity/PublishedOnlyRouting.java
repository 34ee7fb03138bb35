package org.leadbureau.portal.library.entity;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps drafts out of the search index: a resource is indexed only while it is published. */
public class PublishedOnlyRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(LibraryResource.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<LibraryResource> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, LibraryResource resource,
                          RoutingBridgeRouteContext context) {
            if (resource.isPublished()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, LibraryResource resource,
                                   RoutingBridgeRouteContext context) {
            // A resource that was published before may still be in the index: let it be removed from there.
            routes.addRoute();
        }
    }
}
