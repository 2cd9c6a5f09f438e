<#-- A map: inline SVG that works without JavaScript, the same places as a list, and the data the
     map script uses to make it interactive (the places and areas it reads from the SVG's markers). Every number comes ready from the view. A map with too
     many places has area markers and area items (each area with its counts) instead of places.
     A place's page lists its related places beside the map already: it leaves the list out and folds
     the notes away (list=false). -->
<#macro map m id="kaart" list=true>
<figure class="kaart<#if !list> kaart-plek</#if>" data-kaart="${m.script().data()}" aria-labelledby="${id}-titel">
  <div class="kaart-beeld">
  <svg class="kaart-svg" viewBox="0 0 ${m.frame().width()} ${m.frame().height()}" role="group" aria-labelledby="${id}-titel ${id}-uitleg">
    <title id="${id}-titel">${m.title()}</title>
    <desc id="${id}-uitleg">${m.description()} Het noorden is boven.</desc>
    <rect class="kaart-vlak" x="0" y="0" width="${m.frame().width()}" height="${m.frame().height()}"/>
    <#list m.frame().outlines() as o>
    <path class="kaart-gebied<#if o.current()> kaart-gebied-hier</#if><#if o.derived()> kaart-gebied-afgeleid</#if>" d="${o.path()}" fill-rule="evenodd"/>
    </#list>
    <#list m.frame().outlines() as o><#if o.labelX()??>
    <text class="kaart-naam" x="${o.labelX()}" y="${o.labelY()}" text-anchor="middle" aria-hidden="true">${o.name()}</text>
    </#if></#list>
    <#list m.markers().places() as k>
    <a class="kaart-punt kaart-punt-${k.kind()}<#if k.highlighted()> kaart-punt-hier</#if><#if !k.open()> kaart-punt-dicht</#if>" href="${k.href()}" aria-label="${k.label()}" data-lat="${k.lat()}" data-lon="${k.lon()}"<#if k.status()??> data-status="${k.status()}"</#if>><title>${k.label()}</title><use href="#${id}-${k.kind()}<#if k.highlighted()>-hier</#if>" x="${k.x()}" y="${k.y()}"/></a>
    </#list>
    <#list m.markers().areas() as g>
    <a class="kaart-punt kaart-punt-gebied" href="${g.href()}" aria-label="${g.label()}" data-lat="${g.lat()}" data-lon="${g.lon()}"><title>${g.label()}</title><rect class="vorm" x="${g.x()}" y="${g.y()}" width="${g.width()}" height="${g.height()}" rx="${g.radius()}"/><text class="kaart-getal" x="${g.textX()}" y="${g.textY()}" text-anchor="middle">${g.count()}</text></a>
    </#list>
    <#if m.frame().scaleBar()??><#assign s = m.frame().scaleBar()>
    <g class="kaart-schaal" aria-hidden="true">
      <path d="M${s.x()} ${s.y()}v-6M${s.x()} ${s.y()}H${s.end()}v-6"/>
      <text x="${s.x()}" y="${s.y()}" dx="4" dy="-9">${s.label()}</text>
    </g>
    </#if>
    <g class="kaart-noord" aria-hidden="true" transform="translate(${m.frame().northX()} 30)">
      <path d="M0 -18L7 4L0 -1L-7 4Z"/>
      <text x="0" y="17" text-anchor="middle">N</text>
    </g>
    <defs>
      <symbol id="${id}-kindcentrum" overflow="visible"><path class="vorm" d="M0 -11L11 0L0 11L-11 0Z"/></symbol>
      <symbol id="${id}-school" overflow="visible"><rect class="vorm" x="-7" y="-7" width="14" height="14"/></symbol>
      <symbol id="${id}-opvang" overflow="visible"><circle class="vorm" r="5.5"/></symbol>
      <symbol id="${id}-kindcentrum-hier" overflow="visible"><path class="vorm" d="M0 -16L16 0L0 16L-16 0Z"/></symbol>
      <symbol id="${id}-school-hier" overflow="visible"><rect class="vorm" x="-11" y="-11" width="22" height="22"/></symbol>
      <symbol id="${id}-opvang-hier" overflow="visible"><circle class="vorm" r="8.5"/></symbol>
    </defs>
  </svg>
  </div>
  <figcaption class="kaart-uitleg">
    <ul class="kaart-legenda" aria-label="Legenda">
    <#list m.caption().legend() as g><li><span class="kaart-teken kaart-teken-${g.kind()}" aria-hidden="true"></span> ${g.label()}</li></#list>
    </ul>
    <#if !list><details class="kaart-over"><summary>Over deze kaart</summary></#if>
    <p>${m.description()} Het noorden is boven. ${m.caption().clickHint()}</p>
    <#if m.caption().approximateNote()??><p class="kaart-benadering"><strong>Let op:</strong> ${m.caption().approximateNote()}</p></#if>
    <#if m.caption().outlineNote()??><p>${m.caption().outlineNote()}</p></#if>
    <#if m.caption().tilesNote()??><p class="kaart-bron">Achtergrond van de interactieve kaart: ${m.caption().tilesNote()}.</p></#if>
    <#if !list></details></#if>
  <#if list>
  <details class="kaart-lijst"<#if m.list().open()> open</#if>>
    <summary>${m.list().summary()}</summary>
    <ul>
    <#list m.list().areas() as a>
      <li><span class="kaart-teken kaart-teken-gebied" aria-hidden="true"></span> <a href="${a.href()}">${a.name()}</a>: ${a.counts()}</li>
    </#list>
    <#list m.list().places() as i>
      <li<#if i.highlighted()> class="kaart-lijst-hier"</#if>><span class="kaart-teken kaart-teken-${i.kind()}" aria-hidden="true"></span> <span class="kaart-lijst-soort">${i.kindLabel()}:</span> <a href="${i.href()}">${i.name()}</a><#if i.status()??> <span class="kaart-status">(${i.status()})</span></#if><#if i.distance()??> <span class="kaart-afstand">(${i.distance()})</span></#if><#if i.highlighted()> <span class="kaart-afstand">(deze pagina)</span></#if></li>
    </#list>
    </ul>
  </details>
  </#if>
  </figcaption>
</figure>
</#macro>

<#-- The stylesheets and scripts of the interactive map, for the page's head. -->
<#macro assets m>
<#list m.script().stylesheets() as href><link rel="stylesheet" href="${href}">
</#list>
<#list m.script().scripts() as src><script src="${src}" defer></script>
</#list>
</#macro>
