package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/** The role facts of {@link RoleFacts}: X | be head of | Y from "is a ..." and from appositions. */
class RoleFactsTest {

    @Test
    void aCopularRoleInANamedBodyRelatesTheSubjectToTheBody() {
        List<Fact> f = facts("Lena Ostrova is the chairman of Volta Mining Corp. Brazil is a member of the "
                + "World Trade Organization.");
        Fact chair = get(f, "Lena Ostrova", "be chairman of", "Volta Mining");
        assertTrue(chair.relation().text().contains("chairman of"), chair.toString());
        assertTrue(find(f, "Brazil", "be member of", "World Trade Organization").isPresent(), f.toString());
        assertTrue(find(f, "Lena Ostrova", "be", "chairman").isPresent(), "the is fact stays: " + f);
    }

    @Test
    void anAppositionGivesTheRoleWithoutItsModifiers() {
        List<Fact> f = facts("Harlow Freight, a trucking unit of Dessen Industries Inc, laid off 300 workers. "
                + "The plant was opened by Maria Lopez, the regional director of Fiat.");
        assertTrue(find(f, "Harlow Freight", "be unit of", "Dessen Industries").isPresent(), f.toString());
        assertTrue(find(f, "Maria Lopez", "be director of", "Fiat").isPresent(), f.toString());
    }

    @Test
    void aRoleOutsideThePresentKeepsItsTimeWord() {
        List<Fact> f = facts("Karl Weber, the former president of Siemens, opened the exhibition.");
        assertTrue(find(f, "Karl Weber", "be former president of", "Siemens").isPresent(), f.toString());
        assertTrue(find(f, "Karl Weber", "be president of", "Siemens").isEmpty(), f.toString());
    }

    @Test
    void anOfPhraseThatNamesNoEntityMakesNoRole() {
        List<Fact> f = facts("The plan is a series of measures to cut spending. Higher costs are the result of "
                + "the strike.");
        assertTrue(f.stream().filter(x -> x.extractor().equals(DependencyFacts.EXTRACTOR))
                .noneMatch(x -> x.relation().lemma().endsWith(" of")
                && x.relation().lemma().startsWith("be ")), f.toString());
    }

    @Test
    void aNegatedCopularRoleIsNegated() {
        List<Fact> f = facts("Tomas Brenner is not the owner of Harlow Freight.");
        assertTrue(get(f, "Tomas Brenner", "be owner of", "Harlow Freight").negated(), f.toString());
    }

    @Test
    void onlyATitleTakesItsPossessorAsTheBodyItServes() {
        List<Fact> f = facts("Yusuf Kemal, Bahrain's Finance Minister, opened the session. Capital Foods Ltd, "
                + "Ottawa's largest catering company, was sold.");
        assertTrue(find(f, "Yusuf Kemal", "be minister of", "Bahrain").isPresent(), f.toString());
        assertTrue(find(f, "Capital Foods", "be company of", "Ottawa").isEmpty(), f.toString());
    }
}
