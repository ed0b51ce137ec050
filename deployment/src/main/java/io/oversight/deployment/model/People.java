package io.oversight.deployment.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who is one person. Two ids with the same email address are one person written twice: otherwise an
 * owner listed again under a second id would count as an approver independent of themself, and
 * could approve the waivers of their own agent. An id with no email address is only itself.
 */
public final class People {

    /** Each id's person: its email address when it has one, else the id. */
    private final Map<String, String> personOf = new HashMap<>();
    /** The first id of each email address, in lower case. */
    private final Map<String, String> byEmail = new HashMap<>();

    public People(Collection<Person> people) {
        for (Person person : people) {
            boolean noEmail = person.email() == null || person.email().isBlank();
            String email = noEmail ? null : person.email().strip().toLowerCase(Locale.ROOT);
            personOf.put(person.id(), noEmail ? "id:" + person.id() : "email:" + email);
            if (!noEmail) {
                byEmail.putIfAbsent(email, person.id());
            }
        }
    }

    /**
     * The id of the person whose email address {@code address} is, case aside, or null: an
     * identity that names one is that person's account.
     */
    public String withEmail(String address) {
        // Most fleets name no address; every identity's principal is looked up here.
        return address == null || byEmail.isEmpty() ? null : byEmail.get(address.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The id of the person whose credentials an agent with {@code identity} acts with: the operator
     * of an inherited identity, or the person whose own sign-in its principal is, by the e-mail
     * address it names ({@link Identity#personAddress}: that person's account, whatever it is
     * declared); null for none.
     */
    public String credentialHolder(Identity identity) {
        if (identity == null) {
            return null;
        }
        return identity.type() == IdentityType.INHERITED ? identity.inheritedFrom() : withEmail(identity.personAddress());
    }

    /** Whether ids {@code a} and {@code b} name one person: the same id, or the same email address. */
    public boolean same(String a, String b) {
        return a != null && b != null && of(a).equals(of(b));
    }

    /** The person {@code id} names, as a key that two ids of one person share. */
    public String of(String id) {
        return personOf.getOrDefault(id, "id:" + id);
    }
}
