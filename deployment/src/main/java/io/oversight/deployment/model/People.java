package io.oversight.deployment.model;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is one person. Two ids with the same email address (case and a {@code +tag} aside) are one person written twice: otherwise an
 * owner listed again under a second id would count as an approver independent of themself, and
 * could approve the waivers of their own agent. So may two ids of the same name be when one of them
 * gives no email address: nothing tells them apart, so an id of no address is the same as each of
 * its namesakes ({@link #same}) and adds no one to a count that holds one of them ({@link #persons}).
 * Names are compared as ICU folds them, accents and spacing aside ({@code İLKAY ŞAHİN} is
 * {@code İlkay Şahin}, {@code MAX GROSS} is {@code Max Groß}). Namesakes with two addresses are two
 * people; an id with neither an address nor a namesake is only itself.
 */
public final class People {

    /** Each id's person: {@code email:} its address, {@code name:} its name for an id of no address that has a namesake, else {@code id:}. */
    private final Map<String, String> personOf = new HashMap<>();
    /** The first id of each email address, by its {@link #mailbox}. */
    private final Map<String, String> byEmail = new HashMap<>();
    /** Each id's name as compared ({@link #nameKey}); ids of no name are absent. */
    private final Map<String, String> nameOf = new HashMap<>();
    /** The names of the ids behind each address key. */
    private final Map<String, Set<String>> namesOfAddress = new HashMap<>();

    public People(Collection<Person> people) {
        Map<String, Integer> ofName = new HashMap<>();
        for (Person person : people) {
            String name = nameKey(person.name());
            if (name != null) {
                nameOf.put(person.id(), name);
                ofName.merge(name, 1, Integer::sum);
            }
        }
        for (Person person : people) {
            boolean noEmail = person.email() == null || person.email().isBlank();
            String email = noEmail ? null : mailbox(person.email());
            String name = nameOf.get(person.id());
            if (!noEmail) {
                personOf.put(person.id(), "email:" + email);
                byEmail.putIfAbsent(email, person.id());
                if (name != null) {
                    namesOfAddress.computeIfAbsent("email:" + email, k -> new HashSet<>()).add(name);
                }
            } else {
                personOf.put(person.id(), name != null && ofName.get(name) > 1 ? "name:" + name : "id:" + person.id());
            }
        }
    }

    /**
     * A name as two entries are compared: ICU's case folding of its compatibility form, a dotless i
     * as an i (an upper-case I loses the dot), without accents or repeated spaces; null for none.
     */
    private static String nameKey(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.chars().allMatch(c -> c < 0x80)) {
            // Most names: ASCII folds by lower case and has no accents, and ICU's case data is not loaded for them.
            return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
        String folded = UCharacter.foldCase(Normalizer.normalize(name, Normalizer.Form.NFKC), true).replace('\u0131', 'i');
        return MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("").strip().replaceAll("\\s+", " ");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * The id of the person whose email address {@code address} is, case aside, or null: an
     * identity that names one is that person's account.
     */
    public String withEmail(String address) {
        // Most fleets name no address; every identity's principal is looked up here.
        return address == null || byEmail.isEmpty() ? null : byEmail.get(mailbox(address));
    }

    /**
     * The mailbox an address reaches, case and a sub-address aside: {@code Marcus.Olsen+admin@x} is
     * {@code marcus.olsen@x}, as the mail services that deliver {@code +tag} addresses read it. A
     * second id at a {@code +tag} address of the first had counted as a second approver (red team).
     */
    private static String mailbox(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        int plus = lower.indexOf('+');
        return plus <= 0 || plus > at ? lower : lower.substring(0, plus) + lower.substring(at);
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
        String personA = of(a);
        String personB = of(b);
        if (personA.equals(personB)) {
            return true;
        }
        String name = nameOf.get(a);
        return name != null && name.equals(nameOf.get(b)) && (personA.startsWith("name:") || personB.startsWith("name:"));
    }

    /**
     * Why two different ids that {@link #same} holds one person are taken for one, as a message ends a
     * sentence about them; null when they are one id or two people.
     */
    public String whyOne(String a, String b) {
        if (a == null || a.equals(b) || !same(a, b)) {
            return null;
        }
        return of(a).equals(of(b)) && of(a).startsWith("email:") ? "the two ids have the same e-mail address"
                : "the two ids have the same name and one of them no e-mail address, so nothing tells them apart";
    }

    /** The name of {@code id} as names are compared ({@link #same}); null for an id of no name. */
    public String comparedName(String id) {
        return nameOf.get(id);
    }

    /** The person {@code id} names, as a key that two ids of one person share ({@link #persons} counts such keys). */
    public String of(String id) {
        return personOf.getOrDefault(id, "id:" + id);
    }

    /**
     * How many people the persons {@code keys} ({@link #of}) are at least: each once, and one of no
     * address not at all when an addressed namesake is among them, whichever comes first.
     */
    public int persons(Collection<String> keys) {
        Set<String> addressedNames = new HashSet<>();
        for (String key : keys) {
            addressedNames.addAll(namesOfAddress.getOrDefault(key, Set.of()));
        }
        int count = 0;
        for (String key : keys) {
            count += key.startsWith("name:") && addressedNames.contains(key.substring(5)) ? 0 : 1;
        }
        return count;
    }
}
