Feature: Learning recommended for each need
  Each learning need comes with up to three resources from the L&D catalogue
  (ontology/learning/catalogue.ttl), found through the themes its competency is aligned to. Resources
  designed to change a red flag observed in the competency (lad:addresses) come first, then those
  aimed at the employee's career stage. The three mix the 70-20-10 ways of learning where the
  catalogue allows:
  - on the job:  on-the-job assignments;
  - from others: coaching, mentoring, shadowing;
  - formal:      courses, e-learning, reading.
  Each recommendation names its way of learning (mode EXPERIENTIAL, SOCIAL or FORMAL) and says it.
  Every high or medium need gets at least one resource.

  Scenario Outline: A resource designed to change the flagged behaviour is recommended first
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then the first recommendation for "<competency>" is "<resource>"
    And the learning need for "<competency>" has between 1 and 3 recommendations

    Examples:
      | council       | level | behaviour                                       | competency                  | resource                                     |
      | Cambridge     | 1     | Is abrupt, dismissive or patronising            | CUSTOMER SERVICE & SUPPORT  | Handling challenging customer conversations  |
      | Cambridge     | 2     | Is impatient with others when they ask for help | DEVELOPING PEOPLE & TEAMS   | Coaching skills for managers                 |
      | Cambridge     | 3     | Is indiscreet                                   | PERSONAL IMPACT             | Cyber security and data protection (UK GDPR) |
      | Milton Keynes | 1     | Impatient with customers                        | CUSTOMER FOCUS              | Handling challenging customer conversations  |
      | Milton Keynes | 2     | Impatient with customers                        | CUSTOMER FOCUS              | Handling challenging customer conversations  |
      | Cambridge     | 2     | Is abrupt, dismissive or patronising            | CUSTOMER SERVICE & SUPPORT  | Handling challenging customer conversations  |
      | Milton Keynes | 2     | Breaks financial or procurement rules           | MANAGING RESOURCES AND RISK | Procurement essentials for managers          |

  Scenario Outline: Without a red flag, a resource aimed at the employee's career stage is recommended first
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated 1 in "<competency>"
    When the review is assessed
    Then the first recommendation for "<competency>" is "<resource>"

    Examples: Leicester Team Managers are first line managers, Divisional Directors senior leaders
      | council   | level | competency       | resource                                          |
      | Leicester | 2     | Using technology | Using data and dashboards to manage your service  |
      | Leicester | 4     | Using technology | Digital reverse mentoring with a digital champion |

  Scenario Outline: The recommendations for a need mix the ways of learning
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And they are rated 1 in "<competency>"
    When the review is assessed
    Then the learning need for "<competency>" has between 1 and 3 recommendations
    And the recommendations for "<competency>" are of at least 2 different types
    And the recommendations for "<competency>" draw on at least 2 of the 70-20-10 ways of learning
    And every recommendation names its 70-20-10 way of learning

    Examples:
      | council       | level | competency                  |
      | Cambridge     | 1     | CUSTOMER SERVICE & SUPPORT  |
      | Cambridge     | 2     | MANAGING PEOPLE             |
      | Cambridge     | 3     | PARTNERSHIP WORKING         |
      | Milton Keynes | 2     | TEAM PLAYER                 |
      | Milton Keynes | 4     | EXCELLENT LEADERSHIP        |
      | Leicester     | 1     | Joining up What We Do       |
      | Leicester     | 2     | Managing people performance |

  Scenario Outline: A need from a red flag also mixes the ways of learning
    Given a <council> employee at level <level>
    And they are rated 3 in every competency of their level
    And the reviewer observed "<behaviour>"
    When the review is assessed
    Then the recommendations for "<competency>" are of at least 2 different types
    And the recommendations for "<competency>" draw on at least 2 of the 70-20-10 ways of learning

    Examples:
      | council       | level | behaviour                             | competency                  |
      | Cambridge     | 1     | Is abrupt, dismissive or patronising  | CUSTOMER SERVICE & SUPPORT  |
      | Milton Keynes | 2     | Breaks financial or procurement rules | MANAGING RESOURCES AND RISK |

  Scenario Outline: Every competency of every level has learning to recommend
    Given a <council> employee at level <level>
    And they are rated 2 in every competency of their level
    When the review is assessed
    Then every competency of their level is a learning need of priority medium
    And every high or medium learning need has at least one recommendation
    And no learning need has more than 3 recommendations

    Examples:
      | council       | level |
      | Cambridge     | 1     |
      | Cambridge     | 2     |
      | Cambridge     | 3     |
      | Milton Keynes | 1     |
      | Milton Keynes | 2     |
      | Milton Keynes | 3     |
      | Milton Keynes | 4     |
      | Milton Keynes | 5     |
      | Leicester     | 1     |
      | Leicester     | 2     |
      | Leicester     | 3     |
      | Leicester     | 4     |
