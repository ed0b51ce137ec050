package io.oversight.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.model.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Approver pools counted as people, whatever order the people are written in. */
class RoleDirectoryTest {

    private static Person person(String id, String name, String email, String... roles) {
        return new Person("/people/" + id, id, name, email, List.of(roles), null, List.of());
    }

    private static final List<Person> PEOPLE = List.of(person("sam-a", "Sam Lee", "sam.lee@example.com"),
            person("sam-b", "Sam Lee", "sam.lee@risk.example.com"), person("sam", "Sam  LEE", null, "approver"),
            person("omar", "Omar Haddad", "omar@example.com", "approver"), person("kim", "Kim Park", null, "approver"));

    /**
     * Sam of no address may be either addressed Sam: left out of the pool of a requester who is
     * either, in every order of the people; Kim and Omar stay.
     */
    @Test
    void aNamesakeOfNoAddressIsLeftOutWithEitherPersonItMayBe() {
        for (int shift = 0; shift < PEOPLE.size(); shift++) {
            List<Person> order = new ArrayList<>(PEOPLE.subList(shift, PEOPLE.size()));
            order.addAll(PEOPLE.subList(0, shift));
            RoleDirectory directory = new RoleDirectory(order, List.of());
            assertThat(directory.poolSize(List.of("approver"), List.of())).as("order %s", shift).isEqualTo(3);
            assertThat(directory.poolSize(List.of("approver"), List.of("sam-a"))).as("order %s", shift).isEqualTo(2);
            assertThat(directory.poolSize(List.of("approver"), List.of("sam-b"))).as("order %s", shift).isEqualTo(2);
            assertThat(directory.poolSize(List.of("approver"), List.of("omar", "kim"))).as("order %s", shift).isEqualTo(1);
        }
    }

    /** Without names, people are told apart by address and id alone. */
    @Test
    void withoutNamesEachAddressIsOnePerson() {
        RoleDirectory directory = new RoleDirectory(List.of(person("a", null, "a@example.com", "approver"),
                person("a-2", null, "A@example.com", "approver"), person("b", null, null, "approver")), List.of());
        assertThat(directory.poolSize(List.of("approver"), List.of())).isEqualTo(2);
        assertThat(directory.poolSize(List.of("approver"), List.of("a-2"))).isEqualTo(1);
    }
}
