package org.leadbureau.portal.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A link mailed to someone, kept only as the SHA-256 of its token ({@link SecureTokens}), so a leaked table opens
 * nothing: a fresh one per message, earlier ones valid as long as what they open allows. Subclasses add what the
 * link opens (a registration, an evaluation) and a named query finding it by {@code :hash}.
 */
@MappedSuperclass
public abstract class HashedLink {

    /** Longer than any token the portal makes: not worth hashing. */
    private static final int MAX_TOKEN = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HashedLink() {
        // for JPA
    }

    protected HashedLink(String tokenHash, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** Stores the link {@code link} makes of a fresh token's hash, in the caller's transaction; answers the token. */
    public static String issue(EntityManager em, Function<String, ? extends HashedLink> link) {
        String token = SecureTokens.newToken();
        em.persist(link.apply(SecureTokens.hash(token)));
        return token;
    }

    /** What the token's link opens, by the named query {@code byHash} (parameter {@code :hash}). */
    public static <T> Optional<T> find(EntityManager em, String byHash, Class<T> type, String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        return em.createNamedQuery(byHash, type).setParameter("hash", SecureTokens.hash(token))
                .getResultStream().findFirst();
    }
}
