Feature: Reviews that cannot be assessed
  A review is checked against its council's framework before any rule runs. A review with problems
  is not assessed: the answer lists every problem at once, each with where it is in the review (its
  JSON path) and what was expected.

  Scenario Outline: A behaviour the framework does not have
    Given a <council> employee at level <level>
    And the review records the behaviour id "<id>"
    When the review is assessed
    Then the review is rejected with the problems:
      | where                   | says                     |
      | $.observed[0].indicator | unknown indicator '<id>' |
    And nothing was assessed

    Examples:
      | council       | level | id                               |
      | Cambridge     | 1     | customer-service-and-support-n99 |
      | Milton Keynes | 2     | customer-focus-n99               |
      | Leicester     | 2     | m11-using-technology-p99         |

  Scenario: A behaviour from another council's framework
    Given a Cambridge employee at level 1
    And the review records the behaviour id "customer-focus-n01"
    When the review is assessed
    Then the review is rejected with the problems:
      | where                   | says                                                  |
      | $.observed[0].indicator | belongs to framework 'milton-keynes', not 'cambridge' |

  Scenario Outline: A rating off the rating scale (1 not demonstrated, 2 developing, 3 effective, 4 role model)
    Given a <council> employee at level <level>
    And they are rated <rating> in "<competency>"
    When the review is assessed
    Then the review is rejected with the problems:
      | where               | says                                |
      | $.ratings[0].rating | <rating> is not on the rating scale |
    And nothing was assessed

    Examples:
      | council       | level | competency          | rating |
      | Cambridge     | 1     | COMMUNICATION       | 7      |
      | Milton Keynes | 2     | CUSTOMER FOCUS      | 0      |
      | Leicester     | 1     | Delivering Outcomes | 5      |

  Scenario: A behaviour that is not expected at the employee's level or the next one
    Given a Milton Keynes employee at level 1
    And the reviewer observed "Acts in an underhand way"
    When the review is assessed
    Then the review is rejected with the problems:
      | where                   | says                            |
      | $.observed[0].indicator | is not expected at level 1 or 2 |

  Scenario: Every problem is reported at once
    Given a Milton Keynes employee at level 2
    And they are rated 7 in "CUSTOMER FOCUS"
    And the review records the behaviour id "customer-focus-n99"
    When the review is assessed
    Then the review is rejected with the problems:
      | where                   | says                                   |
      | $.ratings[0].rating     | 7 is not on the rating scale           |
      | $.observed[0].indicator | unknown indicator 'customer-focus-n99' |
    And nothing was assessed
