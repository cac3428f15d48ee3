package dateline

import (
	"strconv"

	"github.com/hebcal/hebcal-go/zmanim"

	"github.com/dualdate/dualdate/internal/suggest"
)

// City returns the city hebcal-go's zmanim package knows by name, for
// [Sunset] and [Nightfall]: "Jerusalem", "New York", "Tel Aviv". The name
// is read leniently: letter case, spaces and punctuation do not matter
// ("tel-aviv", "NEWYORK"). For a name it does not know, City returns a
// *[CityError] naming the known cities closest to it. The Location
// returned is the caller's own copy.
func City(name string) (*zmanim.Location, error) {
	if c := zmanim.LookupCity(name); c != nil {
		return c, nil
	}
	cities := zmanim.AllCities()
	if key := suggest.Key(name); key != "" {
		for _, c := range cities {
			if suggest.Key(c.Name) == key {
				return &c, nil
			}
		}
	}
	names := make([]string, len(cities))
	for i, c := range cities {
		names[i] = c.Name
	}
	return nil, &CityError{Name: name, Closest: suggest.Closest(name, names, 5)}
}

// A CityError is the error City returns for a name it does not know.
type CityError struct {
	Name string // the name asked for
	// Closest are the known cities whose names are closest to Name,
	// closest first, at most five; none when no name is close
	// (zmanim.AllCities lists them all).
	Closest []string
}

// Error returns a message such as
// `dateline: unknown city "Jeruslem"; did you mean Jerusalem?`.
func (e *CityError) Error() string {
	msg := "dateline: unknown city " + strconv.Quote(e.Name)
	if len(e.Closest) == 0 {
		return msg + " (zmanim.AllCities lists the cities known)"
	}
	return msg + "; did you mean " + suggest.OrList(e.Closest) + "?"
}
