package io.oversight.deployment.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is one person. Two ids with the same email address are one person written twice: otherwise an
 * owner listed again under a second id would count as an approver independent of themself, and
 * could approve the waivers of their own agent. So are two ids of the same name when one of them
 * gives no email address: nothing tells them apart, and an owner listed again by name alone, with
 * no address, would otherwise do the same. Two of one name with different addresses are two people;
 * an id with neither an address nor a name another id has is only itself.
 */
public final class People {

    /** Each id's person: its email address when it has one, else that of the first id of its name that has one, else the id. */
    private final Map<String, String> personOf = new HashMap<>();
    /** The first id of each email address, in lower case. */
    private final Map<String, String> byEmail = new HashMap<>();
    /** Each id's name as compared ({@link #nameKey}); ids of no name are absent. */
    private final Map<String, String> nameOf = new HashMap<>();
    /** Ids that give no email address. */
    private final Set<String> unaddressed = new HashSet<>();

    public People(Collection<Person> people) {
        Map<String, String> firstOfName = new HashMap<>();
        Map<String, String> firstAtAll = new HashMap<>();
        Map<String, Integer> ofName = new HashMap<>();
        for (Person person : people) {
            boolean noEmail = person.email() == null || person.email().isBlank();
            String email = noEmail ? null : person.email().strip().toLowerCase(Locale.ROOT);
            personOf.put(person.id(), noEmail ? "id:" + person.id() : "email:" + email);
            if (noEmail) {
                unaddressed.add(person.id());
            } else {
                byEmail.putIfAbsent(email, person.id());
            }
            String name = nameKey(person.name());
            if (name != null) {
                nameOf.put(person.id(), name);
                ofName.merge(name, 1, Integer::sum);
                firstAtAll.putIfAbsent(name, person.id());
                if (!noEmail) {
                    firstOfName.putIfAbsent(name, person.id());
                }
            }
        }
        // An id of no address whose name another id has counts as that person (the first with an
        // address, else the first of the name), so an approver pool does not count it twice.
        for (String id : unaddressed) {
            String name = nameOf.get(id);
            if (name != null && ofName.get(name) > 1) {
                personOf.put(id, personOf.get(firstOfName.getOrDefault(name, firstAtAll.get(name))));
            }
        }
    }

    /** A name as two entries are compared: its letters' compatibility forms, case and spacing aside; null for none. */
    private static String nameKey(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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

    /**
     * Whether ids {@code a} and {@code b} may name one person: the same id or email address, or the
     * same name where one of them gives no address (it may be either of two addressed people of
     * that name, so it is the same as each).
     */
    public boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (of(a).equals(of(b))) {
            return true;
        }
        String name = nameOf.get(a);
        return name != null && name.equals(nameOf.get(b)) && (unaddressed.contains(a) || unaddressed.contains(b));
    }

    /** The person {@code id} names, as a key that two ids of one person share. */
    public String of(String id) {
        return personOf.getOrDefault(id, "id:" + id);
    }
}
