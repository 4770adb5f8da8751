Feature: Red flags in a performance review
  A red flag is a behaviour the council's framework describes as ineffective (Cambridge's
  "ineffective behaviours", Milton Keynes' "negative signs"). Every one the reviewer observed raises
  a red flag. It is a concern, unless it is serious:
  - two or more red flags were observed in the same competency;
  - the same behaviour was observed in the employee's previous review;
  - the behaviour is on the conduct-concern list (rules/conduct-concerns.drl.csv).
  Leicester's framework describes effective behaviours only, so a Leicester review never raises a
  red flag.

  Scenario Outline: An observed red-flag behaviour is a concern
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then they have a red flag of concern for "<behaviour>"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | behaviour                                      |
      | Cambridge     | 1     | Is abrupt, dismissive or patronising           |
      | Cambridge     | 2     | Shows favouritism by allocating tasks unfairly |
      | Cambridge     | 3     | Is indiscreet                                  |
      | Milton Keynes | 2     | Impatient with customers                       |
      | Milton Keynes | 4     | Ignores conflict within teams                  |

  Scenario Outline: Two red flags in one competency are both serious
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed "<first>"
    And the reviewer observed "<second>"
    When the review is assessed
    Then their red flags are:
      | behaviour | severity |
      | <first>   | serious  |
      | <second>  | serious  |
    And the red flag for "<first>" is serious because "2 negative behaviours were observed in <competency>"
    And the red flag for "<second>" is serious because "2 negative behaviours were observed in <competency>"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | first                             | second                                    | competency                    |
      | Cambridge     | 1     | Takes the credit for others' work | Constantly distracts or disrupts the team | TEAM & PARTNERSHIP WORKING    |
      | Cambridge     | 3     | Is rigid in approach              | Overlooks key facts and data              | MANAGING PROJECTS & RESOURCES |
      | Milton Keynes | 2     | Impatient with customers          | Does not put the customer first           | CUSTOMER FOCUS                |
      | Milton Keynes | 3     | Works in an isolated way          | Dominates group discussions               | TEAM PLAYER                   |

  Scenario Outline: Red flags in different competencies stay concerns
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed "<first>"
    And the reviewer observed "<second>"
    When the review is assessed
    Then their red flags are:
      | behaviour | severity |
      | <first>   | concern  |
      | <second>  | concern  |

    Examples:
      | council       | level | first                                   | second                              |
      | Cambridge     | 1     | Avoids dealing with difficult customers | Interrupts when others are speaking |
      | Milton Keynes | 2     | Impatient with customers                | Works in an isolated way            |

  Scenario Outline: A behaviour on the conduct-concern list is always serious
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then their red flags are:
      | behaviour   | severity |
      | <behaviour> | serious  |
    And the red flag for "<behaviour>" is serious because "<why>"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples: every behaviour on the conduct-concern list
      | council       | level | behaviour                                                            | why                                           |
      | Cambridge     | 1     | Ignores discrimination                                               | it is on the conduct-concern list (equality)  |
      | Cambridge     | 2     | Maliciously or carelessly damages the reputation of the City Council | it is on the conduct-concern list (conduct)   |
      | Milton Keynes | 1     | Breaks financial or procurement rules                                | it is on the conduct-concern list (probity)   |
      | Milton Keynes | 4     | Acts in an underhand way                                             | it is on the conduct-concern list (integrity) |
      | Milton Keynes | 3     | Uses deceptive behaviour for personal advantage                      | it is on the conduct-concern list (integrity) |

  Scenario Outline: A red flag seen again since the previous review is serious
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And their previous review in "2025" recorded "<behaviour>"
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then they have a serious red flag for "<behaviour>"
    And the red flag for "<behaviour>" is serious because "it was also observed in the previous review (2025)"
    And every red flag, need and readiness verdict says which rule concluded it

    Examples:
      | council       | level | behaviour                              |
      | Cambridge     | 1     | Is abrupt, dismissive or patronising   |
      | Cambridge     | 3     | Is indiscreet                          |
      | Milton Keynes | 2     | Impatient with customers               |
      | Milton Keynes | 5     | Perpetuates divisions between services |

  Scenario Outline: A different red flag in the previous review does not make this one serious
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And their previous review in "2025" recorded "<earlier>"
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then their red flags are:
      | behaviour   | severity |
      | <behaviour> | concern  |

    Examples:
      | council       | level | earlier                                 | behaviour                            |
      | Cambridge     | 1     | Avoids dealing with difficult customers | Is abrupt, dismissive or patronising |
      | Milton Keynes | 2     | Does not put the customer first         | Impatient with customers             |

  Scenario: Leicester reviews raise no red flags: its framework describes effective behaviours only
    Given a Leicester employee at level 2
    And they are rated 3 in every competency of their level
    And the reviewer observed "Manages individual and team performance to achieve objectives"
    And the reviewer observed "Promotes equality and diversity policies and contributes to equality review processes"
    When the review is assessed
    Then there are no red flags
