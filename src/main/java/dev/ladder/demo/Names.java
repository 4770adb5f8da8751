package dev.ladder.demo;

import java.util.List;
import java.util.Random;

/** Plausible names for a UK council's staff, drawn from first- and last-name lists. */
final class Names {

    private static final List<String> FIRST = List.of(
            "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Sophie", "Leo", "Grace",
            "Arthur", "Freya", "Muhammad", "Lily", "Thomas", "Emily", "James", "Ella", "William", "Charlotte",
            "Henry", "Poppy", "Samuel", "Evie", "Joseph", "Ruby", "Daniel", "Chloe", "David", "Hannah", "Michael",
            "Sarah", "Paul", "Rachel", "Mark", "Claire", "Andrew", "Helen", "Peter", "Karen", "Simon", "Nicola",
            "Richard", "Joanne", "Stephen", "Lisa", "Gareth", "Rhian", "Callum", "Eilidh", "Aidan", "Niamh",
            "Priya", "Ravi", "Aisha", "Imran", "Fatima", "Hassan", "Zainab", "Omar", "Amara", "Kwame", "Chidi",
            "Ngozi", "Tunde", "Wei", "Mei", "Jun", "Anita", "Sanjay", "Deepa", "Arjun", "Kiran", "Tomasz", "Agnieszka",
            "Piotr", "Ioana", "Mihai", "Sofia", "Marco", "Elena", "Yusuf", "Leyla", "Dylan", "Megan", "Kieran",
            "Bethany", "Jordan", "Alex", "Sam", "Jo", "Chris", "Jamie", "Robin", "Morgan", "Taylor");

    private static final List<String> LAST = List.of(
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
            "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
            "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
            "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
            "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Ali",
            "Ahmed", "Hussain", "Shah", "Chen", "Wong", "Okafor", "Mensah", "Adeyemi", "Nowak", "Kowalski",
            "Popescu", "Rossi", "Fernandes", "O'Brien", "O'Neill", "MacDonald", "Campbell", "Stewart", "Reid",
            "Murray", "Kaur", "Gill", "Sharma", "Chowdhury", "Osei", "Nwosu", "Lin", "Kaya");

    private Names() {
    }

    static String next(Random random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }
}
