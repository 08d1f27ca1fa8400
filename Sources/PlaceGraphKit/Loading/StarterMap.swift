/// The commented starter map that `placegraph init` writes.
public enum StarterMap {
    /// A small, valid map that shows every part of the format with comments.
    public static let yaml = """
        # A placegraph place map. Check it with:  placegraph validate map.yaml
        # Format reference: README.md, "The place map".
        placegraph: 1                     # format version; required

        place:
          name: Example estate            # required
          mission: An estate that is green, clean and safe by 2030
          areas:                          # optional parts of the place
            - {id: north-block, name: North block}
            - {id: central-green, name: Central green}

        services:
          # ids are unique across the whole file: services, contracts, objectives and areas
          - id: green-spaces
            name: Green spaces and parks
            domain: physical environment  # groups services in diagrams
            owner: Parks and Open Spaces  # who commissions it
            areas: [central-green]
            objectives:                   # the service's own outcomes
              - {id: pollinators, text: More pollinator habitat on the estate}
            contracts:
              - id: grounds-maintenance
                name: Grounds maintenance
                supplier: Example Grounds Ltd
                start: 2023-04-01         # dates are YYYY-MM-DD
                end: 2027-03-31
                extension: 2028-03-31     # optional: latest date an extension can run to
                value: 450000             # optional, GBP
                objectives:               # what the contract pays for (KPIs)
                  - id: fortnightly-cut
                    text: Cut all amenity grass every 14 days
                    kpi: share of cuts on schedule

          - id: estate-cleaning
            name: Estate cleaning
            domain: housing
            owner: Housing Management
            areas: [north-block]
            objectives:
              - {id: clean-estate, text: Residents rate the estate as clean}

        interactions:
          # effect: -3 cancelling, -2 counteracting, -1 constraining, 0 consistent,
          #         +1 enabling, +2 reinforcing, +3 indivisible (Nilsson et al. 2016)
          - from: fortnightly-cut         # any service, contract or objective id
            to: pollinators
            effect: -2
            because: Frequent cutting removes flowering plants before they seed
            evidence: Parks biodiversity survey 2022   # optional
            confidence: medium            # low | medium | high; default medium
          - from: clean-estate
            to: pollinators
            effect: constraining
            because: Tidy verges leave little deadwood or seed heads for insects
            confidence: low
          - from: green-spaces
            to: clean-estate
            effect: enabling
            because: Cared-for green space attracts less litter and fly-tipping
            mutual: true                  # the effect runs both ways

        """
}
