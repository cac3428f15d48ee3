package dateline

import (
	"strconv"
	"strings"

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
		c.Name = cityName(c.Name)
		return c, nil
	}
	cities := zmanim.AllCities()
	if key := suggest.Key(name); key != "" {
		for _, c := range cities {
			if suggest.Key(c.Name) == key || suggest.Key(cityName(c.Name)) == key || suggest.Key(cityShortName(c.Name)) == key {
				c.Name = cityName(c.Name)
				return &c, nil
			}
		}
	}
	names := make([]string, len(cities))
	for i, c := range cities {
		names[i] = cityName(c.Name)
	}
	return nil, &CityError{Name: name, Closest: suggest.Closest(name, names, 5)}
}

// cityName returns the name of a city of zmanim.AllCities as people write
// it: hebcal-go writes a US state after a bar, "Baton Rouge|LA", which is
// "Baton Rouge, LA".
func cityName(name string) string {
	return strings.ReplaceAll(name, "|", ", ")
}

// cityShortName returns a city's name without the state hebcal-go writes
// after a bar: "Baton Rouge" for "Baton Rouge|LA".
func cityShortName(name string) string {
	short, _, _ := strings.Cut(name, "|")
	return short
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
